/* SHA-256 (FIPS 180-4), for the image digest in trace meta records. */
#ifndef VT_SHA256_H
#define VT_SHA256_H

#include <stddef.h>
#include <stdint.h>

typedef struct vt_sha256 {
  uint32_t h[8];
  uint64_t bytes;
  uint8_t block[64];
  size_t fill;
} vt_sha256;

void vt_sha256_init(vt_sha256 *s);
void vt_sha256_update(vt_sha256 *s, const void *data, size_t len);
void vt_sha256_final(vt_sha256 *s, uint8_t digest[32]);
/* Lower-case hex digest of a buffer into out[65]. */
void vt_sha256_hex(const void *data, size_t len, char out[65]);

#endif
