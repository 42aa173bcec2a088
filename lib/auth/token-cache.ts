import { decode, type JWT, type JWTDecodeParams } from "next-auth/jwt";

/** Tokens remembered per process; the oldest goes first when full. */
const MAX_TOKENS = 2_000;

type Entry = { payload: JWT; expires: number };
const globalTokens = globalThis as unknown as { __accordDecodedTokens?: Map<string, Entry> };

function tokens(): Map<string, Entry> {
  globalTokens.__accordDecodedTokens ??= new Map();
  return globalTokens.__accordDecodedTokens;
}

/**
 * Auth.js's own `decode` (key derivation, AES-CBC, HMAC: four WebCrypto round trips) remembered per
 * exact token string. One request decodes its session token in the proxy and again in every
 * `auth()` of the page; a token string decodes to the same payload every time, so a hit is as good
 * as a fresh decode while the token is unexpired. Keyed by cookie name (the salt) and the whole
 * token; an expired, tampered or unknown token is decoded — and refused — as before. The caller gets
 * a copy: Auth.js re-encodes the payload it is given and sets fields on it.
 */
export async function decodeRemembered(params: JWTDecodeParams): Promise<JWT | null> {
  if (!params.token) return null;
  const key = `${params.salt}\u0000${params.token}`;
  const store = tokens();
  const hit = store.get(key);
  if (hit && hit.expires > Date.now()) return { ...hit.payload };
  if (hit) store.delete(key);
  const payload = await decode(params);
  if (payload && typeof payload.exp === "number") {
    store.set(key, { payload: { ...payload }, expires: payload.exp * 1000 });
    while (store.size > MAX_TOKENS) store.delete(store.keys().next().value as string);
  }
  return payload;
}
