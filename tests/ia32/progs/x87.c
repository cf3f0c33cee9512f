/* x87 arithmetic through the C library and the compiler's x87 code
 * (-m32 -march=i686 computes in the x87 stack): loads and stores of every
 * format, integer conversions, the four operations under each rounding
 * mode, comparisons (FCOMI/FUCOMI, FCMOV), sqrt/fabs/floor/fmod/rint and
 * printf of float, double and long double. */
#include <fenv.h>
#include <float.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static volatile double vd[] = {0.1, 1.0 / 3.0, -2.5, 1e300, 1e-300, 4.9e-324, 123456789.125,
                               -0.0, 3.0, 1e16, 2.2250738585072014e-308};
static volatile float vf[] = {0.1f, -1.5f, 3.4e38f, 1e-45f, 16777217.0f};
static volatile long double vl[] = {0.1L, 1.0L / 3.0L, -7.25L, 1e4000L, 1e-4000L};
static volatile long long vll[] = {0, 1, -1, 9007199254740993LL, -9223372036854775807LL - 1,
                                   1234567890123LL};
static volatile int vi[] = {0, 7, -7, 2147483647, -2147483647 - 1};
static volatile short vs[] = {0, -32768, 32767, 1000};

static void bits_d(const char *what, double d) {
  uint64_t u;
  memcpy(&u, &d, 8);
  printf("%s %.17g %016llx\n", what, d, (unsigned long long)u);
}

static void bits_l(const char *what, long double d) {
  unsigned char b[10];
  memcpy(b, (const void *)&d, 10);
  printf("%s %.21Lg ", what, d);
  for (int i = 9; i >= 0; i--) printf("%02x", b[i]);
  printf("\n");
}

/* Instructions the compiler and the C library do not emit. */
__attribute__((noinline)) static void direct(void) {
  static volatile long double vals[] = {1234567.891L, -98765.5L, 0.0L, 3.0e-4000L};
  static volatile short i16 = -300;
  static volatile int i32 = 1000003;
  for (unsigned i = 0; i < 4; i++) {
    long double v = vals[i], back, e, m, r;
    unsigned char bcd[10];
    unsigned short sw;
    __asm__ volatile("fldt %1\n fbstp %0" : "=m"(bcd) : "m"(v) : "st", "st(1)", "st(2)", "st(3)", "st(4)", "st(5)", "st(6)", "st(7)");
    __asm__ volatile("fbld %1\n fstpt %0" : "=m"(back) : "m"(bcd) : "st", "st(1)", "st(2)", "st(3)", "st(4)", "st(5)", "st(6)", "st(7)");
    printf("bcd");
    for (int b = 9; b >= 0; b--) printf(" %02x", bcd[b]);
    printf(" -> %.6Lg\n", back);
    if (v != 0) {
      __asm__ volatile("fldt %2\n fxtract\n fstpt %0\n fstpt %1" : "=m"(m), "=m"(e) : "m"(v) : "st", "st(1)", "st(2)", "st(3)", "st(4)", "st(5)", "st(6)", "st(7)");
      bits_l("fxtract-sig", m);
      bits_l("fxtract-exp", e);
    }
    __asm__ volatile("fldt %1\n fisubs %2\n fimull %3\n fidivrs %2\n fstpt %0"
                     : "=m"(r) : "m"(v), "m"(i16), "m"(i32) : "st", "st(1)", "st(2)", "st(3)", "st(4)", "st(5)", "st(6)", "st(7)");
    bits_l("fi-ops", r);
    __asm__ volatile("fldt %1\n fldt %2\n fcompp\n fnstsw %%ax\n mov %%ax, %0"
                     : "=m"(sw) : "m"(v), "m"(vals[(i + 1) % 4]) : "ax", "st", "st(1)", "st(2)", "st(3)", "st(4)", "st(5)", "st(6)", "st(7)");
    printf("fcompp %04x\n", sw & 0x4500);
    __asm__ volatile("fldt %1\n ficoms %2\n fnstsw %%ax\n fstp %%st(0)\n mov %%ax, %0"
                     : "=m"(sw) : "m"(v), "m"(i16) : "ax", "st", "st(1)", "st(2)", "st(3)", "st(4)", "st(5)", "st(6)", "st(7)");
    printf("ficom %04x\n", sw & 0x4500);
    __asm__ volatile("fldt %2\n fldt %3\n fprem1\n fnstsw %%ax\n fstp %%st(1)\n"
                     " mov %%ax, %0\n fstpt %1"
                     : "=m"(sw), "=m"(r) : "m"(v), "m"(vals[(i + 1) % 4])
                     : "ax", "st", "st(1)", "st(2)", "st(3)", "st(4)", "st(5)", "st(6)", "st(7)");
    printf("fprem1 %04x ", sw & 0x4700);
    bits_l("", r);
  }
  static volatile long double angles[] = {0.5L, -1.25L, 3.0L, 100.0L, 1e-5L};
  for (unsigned i = 0; i < 5; i++) {
    long double a = angles[i], sn, cs, tn, one;
    __asm__ volatile("fldt %4\n fsincos\n fstpt %1\n fstpt %0\n fldt %4\n fptan\n fstpt %3\n"
                     " fstpt %2"
                     : "=m"(sn), "=m"(cs), "=m"(tn), "=m"(one)
                     : "m"(a)
                     : "st", "st(1)", "st(2)", "st(3)", "st(4)", "st(5)", "st(6)", "st(7)");
    /* 12 digits: qemu-i386 computes FPTAN in double precision (tan(0.5) to
     * 15 digits: qemu ...79, the x87 and vtsim ...791) */
    printf("fsincos %.12Lg %.12Lg fptan %.12Lg %Lg\n", sn, cs, tn, one);
  }
  long double k[5];
  __asm__ volatile("fldl2t\n fstpt %0\n fldl2e\n fstpt %1\n fldlg2\n fstpt %2\n"
                   " fldln2\n fstpt %3\n fldpi\n fchs\n fstpt %4"
                   : "=m"(k[0]), "=m"(k[1]), "=m"(k[2]), "=m"(k[3]), "=m"(k[4])
                   : : "st", "st(1)", "st(2)", "st(3)", "st(4)", "st(5)", "st(6)", "st(7)");
  for (int i = 0; i < 5; i++) bits_l("const", k[i]);
}

int main(void) {
  direct();
  int n = sizeof vd / sizeof vd[0];
  for (int i = 0; i < n; i++) {
    double a = vd[i], b = vd[(i + 3) % n];
    bits_d("add", a + b);
    bits_d("sub", a - b);
    bits_d("mul", a * b);
    bits_d("div", a / b);
    printf("cmp %d %d %d %d\n", a < b, a <= b, a == b, a > b);
    printf("max %g min %g\n", a > b ? a : b, a < b ? a : b);
    bits_d("sqrt", sqrt(fabs(a)));
    bits_d("floor", floor(a));
    bits_d("ceil", ceil(a));
    bits_d("rint", rint(a));
    if (b != 0) bits_d("fmod", fmod(a, b));
    if (b != 0) bits_d("remainder", remainder(a, b));
    int e;
    bits_d("frexp", frexp(a, &e));
    printf("exp %d\n", e);
    bits_d("ldexp", ldexp(a, 17));
    printf("%e %f %g %a\n", a, a, a, a);
    if (fabs(a) < 1e6) {
      printf("trig %.15g %.15g %.15g %.15g\n", sin(a), cos(a), tan(a), atan2(a, b));
      printf("exp %.15g %.15g %.15g %.15g\n", exp(a / 8), expm1(a / 8), pow(fabs(a), 0.75),
             exp2(a / 16));
    }
    if (a > 0) printf("log %.15g %.15g %.15g %.15g\n", log(a), log2(a), log10(a), log1p(a));
  }
  for (unsigned i = 0; i < sizeof vf / sizeof vf[0]; i++) {
    float f = vf[i];
    printf("float %.9g %g %a\n", f, f * 3.0f, (double)f / 7);
    printf("f2i %d %lld\n", (int)f, (long long)f);
  }
  for (unsigned i = 0; i < sizeof vl / sizeof vl[0]; i++) {
    long double l = vl[i];
    bits_l("ld", l);
    bits_l("ld*3", l * 3);
    bits_l("ldsqrt", sqrtl(l));
    printf("%.25Lg %Le %La\n", l, l, l);
    printf("ld2d %.17g\n", (double)l);
  }
  for (unsigned i = 0; i < sizeof vll / sizeof vll[0]; i++) {
    long long x = vll[i];
    double d = (double)x;
    long double l = (long double)x;
    printf("ll %lld %.17g %.20Lg %lld\n", x, d, l, (long long)l);
  }
  for (unsigned i = 0; i < sizeof vi / sizeof vi[0]; i++)
    printf("i %d %.10g %d %ld\n", vi[i], vi[i] / 3.0, (int)(vi[i] / 2.5), lrint(vi[i] / 2.5));
  for (unsigned i = 0; i < sizeof vs / sizeof vs[0]; i++) printf("s %d %g\n", vs[i], vs[i] * 0.5);
  /* rounding modes: fesetround writes the control word */
  static const int modes[] = {FE_TONEAREST, FE_DOWNWARD, FE_UPWARD, FE_TOWARDZERO};
  for (unsigned m = 0; m < 4; m++) {
    fesetround(modes[m]);
    volatile double one = 1.0, three = 3.0, big = 1e308;
    bits_d("r1/3", one / three);
    bits_d("r-1/3", -one / three);
    bits_d("rbig", big * 10);
    bits_l("rl", (long double)one / three);
    printf("rint %g %g %ld %ld\n", rint(2.5), rint(-2.5), lrint(3.5), lrint(-3.5));
  }
  fesetround(FE_TONEAREST);
  /* exception flags through fnstsw / fnstenv */
  feclearexcept(FE_ALL_EXCEPT);
  volatile double z = 0.0, one = 1.0;
  volatile double q = one / z;
  printf("div0 %g %d\n", q, fetestexcept(FE_DIVBYZERO) != 0);
  feclearexcept(FE_ALL_EXCEPT);
  q = z / z;
  printf("nan %d %d %d\n", isnan(q), fetestexcept(FE_INVALID) != 0, q == q);
  feclearexcept(FE_ALL_EXCEPT);
  q = one / 3;
  printf("inexact %d %d\n", fetestexcept(FE_INEXACT) != 0, fetestexcept(FE_UNDERFLOW) != 0);
  fenv_t env;
  fegetenv(&env);
  fesetenv(&env);
  printf("strtod %.17g %.17g %g\n", strtod("3.14159265358979323846", NULL), strtod("1e-310", NULL),
         atof("-0.000123"));
  return 0;
}
