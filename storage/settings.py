"""The one storage setting tests change: the key-derivation cost.

SQLCipher 4 uses PBKDF2-HMAC-SHA512 with 256,000 iterations. Tests lower it so that hundreds of
opens stay fast; a few tests put it back to the real value. A vault opens only with the count it was
created with, so this is process-wide and never mixed inside one data dir.
"""

REAL_KDF_ITERATIONS = 256_000
kdf_iterations: int = REAL_KDF_ITERATIONS

PAGE_SIZE = 4096
