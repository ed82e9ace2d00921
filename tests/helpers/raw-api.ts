// Raw calls to an emulated API for contract tests: every status comes back as
// it was sent, and `ok` insists on success.
import { strict as assert } from "assert";

export interface Res {
  status: number;
  headers: Headers;
  body: any;
}

/**
 * `base` is read per call (the emulator starts in a hook); `auth` turns a
 * credential into headers, or none when it is null.
 */
export function rawApi(base: () => string, auth: (credential: string | null) => Record<string, string>, credential: () => string) {
  async function call(method: string, p: string, body?: unknown, cred: string | null = credential()): Promise<Res> {
    const headers = { "content-type": "application/json", ...auth(cred) };
    const res = await fetch(base() + p, { method, headers, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
    const text = await res.text();
    return { status: res.status, headers: res.headers, body: text ? JSON.parse(text) : undefined };
  }
  async function ok(method: string, p: string, body?: unknown): Promise<any> {
    const r = await call(method, p, body);
    assert.ok(r.status < 300, `${method} ${p} -> ${r.status} ${JSON.stringify(r.body)}`);
    return r.body;
  }
  return { call, ok };
}
