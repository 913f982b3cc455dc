import { createServer, type Server } from 'node:http';

/**
 * A minimal path-style S3 endpoint on loopback (PUT, GET, HEAD, DELETE of objects, HEAD of
 * the bucket) so the S3 adapter is exercised over real HTTP with the real AWS SDK.
 * It stands in for the object store, which lies outside the platform.
 */
export async function startFakeS3(
  bucket: string,
): Promise<{ endpoint: string; objects: Map<string, Buffer>; close(): Promise<void> }> {
  const objects = new Map<string, Buffer>();
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const [, requestedBucket, ...rest] = url.pathname.split('/');
    const key = decodeURIComponent(rest.join('/'));
    if (requestedBucket !== bucket) {
      res
        .writeHead(404, { 'content-type': 'application/xml' })
        .end('<Error><Code>NoSuchBucket</Code></Error>');
      return;
    }
    if (!key) {
      res.writeHead(200).end();
      return;
    }
    if (req.method === 'PUT') {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        let body = Buffer.concat(chunks);
        // The SDK may send aws-chunked bodies; decode "size;chunk-signature=...\r\n<data>\r\n".
        if (
          String(req.headers['content-encoding'] ?? '').includes('aws-chunked') ||
          req.headers['x-amz-decoded-content-length']
        ) {
          const out: Buffer[] = [];
          let offset = 0;
          while (offset < body.length) {
            const lineEnd = body.indexOf('\r\n', offset);
            const size = Number.parseInt(body.subarray(offset, lineEnd).toString().split(';')[0] ?? '0', 16);
            if (!size) break;
            out.push(body.subarray(lineEnd + 2, lineEnd + 2 + size));
            offset = lineEnd + 2 + size + 2;
          }
          body = Buffer.concat(out);
        }
        objects.set(key, body);
        res.writeHead(200, { etag: '"x"' }).end();
      });
      return;
    }
    const object = objects.get(key);
    if (req.method === 'DELETE') {
      objects.delete(key);
      res.writeHead(204).end();
      return;
    }
    if (!object) {
      res
        .writeHead(404, { 'content-type': 'application/xml' })
        .end(req.method === 'HEAD' ? undefined : '<Error><Code>NoSuchKey</Code></Error>');
      return;
    }
    res.writeHead(200, {
      'content-length': String(object.length),
      'content-type': 'application/octet-stream',
    });
    res.end(req.method === 'HEAD' ? undefined : object);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    objects,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
