from _typeshed import ReadableBuffer

def pbkdf2_hmac_sha512(
    password: ReadableBuffer, salt: ReadableBuffer, iterations: int, dklen: int, /
) -> bytes: ...
