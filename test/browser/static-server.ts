// A tiny static file server on 127.0.0.1 for the production build (no dev server, no network beyond loopback).
import { createServer, Server } from "http";
import { readFile } from "fs/promises";
import { extname, join, normalize, sep } from "path";
import { AddressInfo } from "net";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".png": "image/png",
  ".xml": "application/xml; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

export interface StaticServer {
  readonly origin: string;
  /** Paths requested, in order (e.g. "/office-js/office.js"). */
  readonly requested: string[];
  close(): Promise<void>;
}

/**
 * Serves `root` at `prefix` (default "/"): a ministry hosts the files in a folder such as /pyp/, and the deploy
 * smoke test serves them the same way so a page or chunk that assumes the site root shows up as a 404.
 */
export async function serveDirectory(root: string, prefix = "/"): Promise<StaticServer> {
  const requested: string[] = [];
  const server: Server = createServer(async (req, res) => {
    const fullPath = decodeURIComponent(new URL(req.url ?? "/", "http://127.0.0.1").pathname);
    requested.push(fullPath);
    if (!fullPath.startsWith(prefix)) {
      res.writeHead(404, { "Content-Type": "text/plain" }).end("not found");
      return;
    }
    const path = `/${fullPath.slice(prefix.length)}`;
    const file = normalize(join(root, path === "/" ? "/workspace.html" : path));
    if (!file.startsWith(normalize(root) + sep)) {
      res.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(file);
      res.writeHead(200, { "Content-Type": TYPES[extname(file)] ?? "application/octet-stream", "Cache-Control": "no-store" });
      res.end(body);
    } catch {
      res.writeHead(404, { "Content-Type": "text/plain" }).end("not found");
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    requested,
    close: () => new Promise<void>((resolve, reject) => server.close((e) => (e ? reject(e) : resolve()))),
  };
}
