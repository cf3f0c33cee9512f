/* File system calls: create a file with a unique name in a directory (argv[1],
 * else /tmp), write it in pieces, seek around (SEEK_SET/CUR/END, past the
 * end to make a hole), read back, fstat its size, rename, unlink, and check
 * the errors of operations that must fail. Names and fds are not printed. */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static int create_unique(const char *dir, char *path, size_t len) {
  for (unsigned attempt = 0; attempt < 1000; attempt++) {
    snprintf(path, len, "%s/vtsim-fileio-%ld-%u", dir, (long)getpid(), attempt);
    int fd = open(path, O_RDWR | O_CREAT | O_EXCL, 0600);
    if (fd >= 0 || errno != EEXIST) return fd;
  }
  return -1;
}

int main(int argc, char **argv) {
  const char *dir = argc > 1 ? argv[1] : "/tmp";
  char path[512], moved[600];
  int fd = create_unique(dir, path, sizeof path);
  if (fd < 0) {
    printf("cannot create a file in the directory\n");
    return 1;
  }
  char block[1000];
  for (int i = 0; i < 1000; i++) block[i] = (char)('A' + i % 26);
  long total = 0;
  for (int i = 0; i < 10; i++) total += write(fd, block, 100 + (size_t)i * 50);
  printf("wrote %ld\n", total);
  printf("seek end %ld\n", (long)lseek(fd, 0, SEEK_END));
  printf("seek set %ld\n", (long)lseek(fd, 123, SEEK_SET));
  char buf[64];
  ssize_t n = read(fd, buf, 10);
  printf("read %zd [%.10s] now at %ld\n", n, buf, (long)lseek(fd, 0, SEEK_CUR));
  printf("seek cur %ld\n", (long)lseek(fd, -20, SEEK_CUR));
  n = read(fd, buf, 5);
  printf("read %zd [%.5s]\n", n, buf);
  printf("hole at %ld\n", (long)lseek(fd, 5000, SEEK_END));
  printf("write after hole %zd\n", write(fd, "END", 3));
  struct stat st;
  if (fstat(fd, &st) == 0) printf("size %ld regular %d\n", (long)st.st_size, S_ISREG(st.st_mode));
  lseek(fd, total + 10, SEEK_SET);
  n = read(fd, buf, 8);
  int zeros = 1;
  for (ssize_t i = 0; i < n; i++) zeros &= buf[i] == 0;
  printf("hole read %zd zeros %d\n", n, zeros);
  lseek(fd, -3, SEEK_END);
  n = read(fd, buf, 64);
  ssize_t at_eof = read(fd, buf + 3, 61);
  printf("tail read %zd [%.3s] eof read %zd\n", n, buf, at_eof);
  printf("close %d\n", close(fd));
  n = read(fd, buf, 1);
  printf("read closed fd %zd errno EBADF %d\n", n, errno == EBADF);
  snprintf(moved, sizeof moved, "%s.moved", path);
  printf("rename %d\n", rename(path, moved));
  fd = open(path, O_RDONLY);
  printf("open old name %d errno ENOENT %d\n", fd, errno == ENOENT);
  fd = open(moved, O_RDONLY);
  n = read(fd, buf, 26);
  printf("reopen read %zd [%.26s]\n", n, buf);
  close(fd);
  fd = open(moved, O_WRONLY | O_APPEND);
  printf("append %zd\n", write(fd, "++", 2));
  close(fd);
  printf("stat size %ld\n", stat(moved, &st) == 0 ? (long)st.st_size : -1L);
  int first = unlink(moved), second = unlink(moved);
  printf("unlink %d again %d errno ENOENT %d\n", first, second, errno == ENOENT);
  fd = open(dir, O_CREAT | O_EXCL | O_RDWR, 0600);
  printf("create excl on existing dir %d errno EEXIST %d\n", fd, errno == EEXIST);
  return 0;
}
