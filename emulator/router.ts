// Method + path pattern routing. Patterns use `:name` segments; a segment
// matches anything but a slash and arrives URL-decoded in `params`.
import type { IncomingHttpHeaders } from "http";

export interface ApiRequest {
  method: string;
  path: string;
  params: Record<string, string>;
  query: URLSearchParams;
  /** Parsed JSON body, or undefined when none was sent. */
  body: unknown;
  headers: IncomingHttpHeaders;
}

export interface Reply {
  status?: number;
  body?: unknown;
}

export type Handler = (req: ApiRequest) => Reply | Promise<Reply>;

interface Route {
  method: string;
  regex: RegExp;
  names: string[];
  handler: Handler;
}

export class Router {
  private routes: Route[] = [];

  add(method: string, pattern: string, handler: Handler): void {
    const names: string[] = [];
    const source = pattern.replace(/:([A-Za-z_]+)/g, (_, name: string) => {
      names.push(name);
      return "([^/]+)";
    });
    this.routes.push({ method: method.toUpperCase(), regex: new RegExp(`^${source}/?$`), names, handler });
  }

  match(method: string, path: string): { handler: Handler; params: Record<string, string> } | undefined {
    for (const r of this.routes) {
      if (r.method !== method) continue;
      const m = r.regex.exec(path);
      if (!m) continue;
      const params: Record<string, string> = {};
      try {
        r.names.forEach((n, i) => (params[n] = decodeURIComponent(m[i + 1]!)));
      } catch {
        continue; // A malformed %-escape names nothing.
      }
      return { handler: r.handler, params };
    }
    return undefined;
  }
}
