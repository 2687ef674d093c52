/* PBKDF2-HMAC-SHA512 for storage/kdf.py, which uses it only after checking it against hashlib.
 *
 * Why not hashlib: OpenSSL 3's provider PBKDF2 copies three EVP contexts per iteration (allocations,
 * provider dispatch), ~0.21-0.30 CPU-s for SQLCipher's 256,000 iterations where the SHA-512
 * compressions alone take ~0.12 s. Here the HMAC's inner and outer pad states are computed once,
 * and each iteration is exactly two compressions of one pre-padded block.
 *
 * Only OpenSSL's SHA-512 is used (SHA512_Init/Update/Final/Transform); HMAC (RFC 2104) and PBKDF2
 * (RFC 8018) are composed here. The low-level SHA512_* calls are deprecated in OpenSSL 3 in favour
 * of EVP, but EVP has no single-block compression on a saved state, which is the whole point.
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>

#define OPENSSL_SUPPRESS_DEPRECATED
#include <openssl/crypto.h>
#include <openssl/sha.h>

#include <stdint.h>
#include <string.h>

#define BLOCK SHA512_CBLOCK        /* 128: HMAC pads the key to the hash's block size */
#define DIGEST SHA512_DIGEST_LENGTH /* 64: also the largest dklen, one PBKDF2 block (T_1) */

/* The digest is the state words written big-endian: what SHA512_Final would output after the
 * padding block, read without the Final. */
static void put_state(unsigned char *out, const SHA512_CTX *c)
{
    for (int i = 0; i < 8; i++) {
        uint64_t v = c->h[i];
        for (int j = 7; j >= 0; j--) {
            out[i * 8 + j] = (unsigned char)v;
            v >>= 8;
        }
    }
}

static void derive(const unsigned char *pw, size_t pwlen, const unsigned char *salt,
                   size_t saltlen, uint64_t iterations, unsigned char *out, size_t dklen)
{
    unsigned char key[BLOCK] = {0}, pad[BLOCK], u[DIGEST], t[DIGEST], blk[BLOCK];
    static const unsigned char block_index[4] = {0, 0, 0, 1}; /* INT(1), big-endian */
    SHA512_CTX inner, outer, c;

    /* HMAC: a key longer than the block is replaced by its hash; shorter ones are zero-padded.
     * Not the one-shot SHA512(): in OpenSSL 3 it goes through a provider and can fail (NULL),
     * which would leave the key block zero, the empty passphrase's key for every long one. */
    if (pwlen > BLOCK) {
        SHA512_Init(&c);
        SHA512_Update(&c, pw, pwlen);
        SHA512_Final(key, &c);
    } else if (pwlen > 0)
        memcpy(key, pw, pwlen);

    /* The states after hashing key^ipad and key^opad: every HMAC below starts from a copy. */
    for (int i = 0; i < BLOCK; i++)
        pad[i] = key[i] ^ 0x36;
    SHA512_Init(&inner);
    SHA512_Update(&inner, pad, BLOCK);
    for (int i = 0; i < BLOCK; i++)
        pad[i] = key[i] ^ 0x5c;
    SHA512_Init(&outer);
    SHA512_Update(&outer, pad, BLOCK);

    /* U_1 = HMAC(P, S || INT(1)): the salt has any length, so the ordinary Update/Final. */
    c = inner;
    SHA512_Update(&c, salt, saltlen);
    SHA512_Update(&c, block_index, sizeof block_index);
    SHA512_Final(u, &c);
    c = outer;
    SHA512_Update(&c, u, DIGEST);
    SHA512_Final(u, &c);
    memcpy(t, u, DIGEST);

    /* U_j = HMAC(P, U_{j-1}). Both hashes of an iteration (inner over U, outer over the inner
     * digest) hash one pad block then 64 bytes: 192 bytes in all, so their second and last block
     * is always the 64 bytes, 0x80, zeros and the 128-bit length 192 * 8 = 1536 = 0x600. Only the
     * first 64 bytes of that block change; each compression's state is written back into them. */
    memset(blk, 0, BLOCK);
    memcpy(blk, u, DIGEST);
    blk[DIGEST] = 0x80;
    blk[BLOCK - 2] = 0x06;
    for (uint64_t n = 1; n < iterations; n++) {
        memcpy(c.h, inner.h, sizeof c.h);
        SHA512_Transform(&c, blk);
        put_state(blk, &c);
        memcpy(c.h, outer.h, sizeof c.h);
        SHA512_Transform(&c, blk);
        put_state(blk, &c);
        for (int i = 0; i < DIGEST; i++)
            t[i] ^= blk[i];
    }
    memcpy(out, t, dklen);

    /* Everything here is key material or leads to it. */
    OPENSSL_cleanse(key, sizeof key);
    OPENSSL_cleanse(pad, sizeof pad);
    OPENSSL_cleanse(u, sizeof u);
    OPENSSL_cleanse(t, sizeof t);
    OPENSSL_cleanse(blk, sizeof blk);
    OPENSSL_cleanse(&inner, sizeof inner);
    OPENSSL_cleanse(&outer, sizeof outer);
    OPENSSL_cleanse(&c, sizeof c);
}

static PyObject *pbkdf2_hmac_sha512(PyObject *module, PyObject *args)
{
    Py_buffer password, salt;
    Py_ssize_t iterations, dklen;
    unsigned char out[DIGEST];
    PyObject *result = NULL;

    (void)module;
    /* y*: any bytes-like object, held (a bytearray cannot be resized) while the GIL is released */
    if (!PyArg_ParseTuple(args, "y*y*nn:pbkdf2_hmac_sha512", &password, &salt, &iterations,
                          &dklen))
        return NULL;
    if (iterations < 1)
        PyErr_SetString(PyExc_ValueError, "iterations must be at least 1");
    else if (dklen < 1 || dklen > DIGEST)
        PyErr_SetString(PyExc_ValueError, "dklen must be from 1 to 64");
    else {
        /* Seconds of pure computation: the wizards derive on worker threads while the UI runs. */
        Py_BEGIN_ALLOW_THREADS
        derive(password.buf, (size_t)password.len, salt.buf, (size_t)salt.len,
               (uint64_t)iterations, out, (size_t)dklen);
        Py_END_ALLOW_THREADS
        result = PyBytes_FromStringAndSize((const char *)out, dklen);
        OPENSSL_cleanse(out, sizeof out);
    }
    PyBuffer_Release(&password);
    PyBuffer_Release(&salt);
    return result;
}

static PyMethodDef methods[] = {
    {"pbkdf2_hmac_sha512", pbkdf2_hmac_sha512, METH_VARARGS,
     "pbkdf2_hmac_sha512(password, salt, iterations, dklen) -> bytes\n\n"
     "hashlib.pbkdf2_hmac('sha512', ...) for dklen up to 64, releasing the GIL."},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module_def = {
    PyModuleDef_HEAD_INIT,
    .m_name = "storage._pbkdf2",
    .m_doc = "PBKDF2-HMAC-SHA512 on OpenSSL's SHA-512.",
    .m_size = -1,
    .m_methods = methods,
};

PyMODINIT_FUNC PyInit__pbkdf2(void) { return PyModule_Create(&module_def); }
