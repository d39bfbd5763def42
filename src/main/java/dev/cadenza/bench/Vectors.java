package dev.cadenza.bench;

import java.util.Random;

/** Vector arithmetic for the benchmark's exact baseline and synthetic data: plain loops, no SIMD tricks. */
public final class Vectors {
  private Vectors() {}

  /** Dot product with four accumulators, which lets the JIT pipeline the multiply-adds. */
  public static float dot(float[] a, float[] b) {
    float s0 = 0, s1 = 0, s2 = 0, s3 = 0;
    int i = 0;
    int bound = a.length & ~3;
    for (; i < bound; i += 4) {
      s0 += a[i] * b[i];
      s1 += a[i + 1] * b[i + 1];
      s2 += a[i + 2] * b[i + 2];
      s3 += a[i + 3] * b[i + 3];
    }
    for (; i < a.length; i++) {
      s0 += a[i] * b[i];
    }
    return s0 + s1 + s2 + s3;
  }

  /** Scales {@code v} to unit length in place (the zero vector is left alone); returns it. */
  public static float[] normalize(float[] v) {
    double norm = 0;
    for (float x : v) {
      norm += x * x;
    }
    if (norm > 0) {
      float inverse = (float) (1 / Math.sqrt(norm));
      for (int i = 0; i < v.length; i++) {
        v[i] *= inverse;
      }
    }
    return v;
  }

  /**
   * {@code n} unit vectors: the first {@code base.length} are the base vectors themselves, each later
   * one is base vector {@code i % base.length} plus Gaussian noise of standard deviation {@code sigma}
   * per dimension, renormalised. Near neighbours stay meaningful because every vector is a small
   * move away from a real embedding, unlike uniformly random vectors, which are all nearly orthogonal.
   */
  public static float[][] perturbed(float[][] base, int n, double sigma, long seed) {
    if (base.length == 0) {
      throw new IllegalArgumentException("no base vectors to perturb");
    }
    float[][] out = new float[n][];
    Random random = new Random(seed);
    for (int i = 0; i < n; i++) {
      float[] source = base[i % base.length];
      if (i < base.length) {
        out[i] = source;
        continue;
      }
      float[] v = new float[source.length];
      for (int d = 0; d < v.length; d++) {
        v[d] = (float) (source[d] + sigma * random.nextGaussian());
      }
      out[i] = normalize(v);
    }
    return out;
  }
}
