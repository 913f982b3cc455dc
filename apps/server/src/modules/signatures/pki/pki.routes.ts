import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { PkiService } from './pki.service.ts';

/**
 * The public PKI endpoints relying parties (Acrobat, pdfsig, OpenSSL, other agencies) use:
 * CA certificates, CRLs, OCSP (RFC 6960, POST and GET) and the timestamp authority (RFC 3161).
 * Outside /api/v1 on purpose: their URLs are written into certificates.
 */
export type PkiRoutesOptions = { pki: PkiService };

const MAX_REQUEST = 16 * 1024;

export const pkiRoutes: FastifyPluginAsync<PkiRoutesOptions> = async (base, { pki }) => {
  const app = base.withTypeProvider<ZodTypeProvider>();
  app.addContentTypeParser(
    ['application/ocsp-request', 'application/timestamp-query'],
    { parseAs: 'buffer', bodyLimit: MAX_REQUEST },
    (_request, body, done) => done(null, body),
  );
  const hide = { hide: true };

  app.get(
    '/pki/ca/:which',
    { schema: { ...hide, params: z.object({ which: z.enum(['root.crt', 'issuing.crt', 'tsa.crt']) }) } },
    async (request, reply) => {
      const all = await pki.authorities();
      const which = request.params.which;
      const cert =
        which === 'root.crt'
          ? all.root.certificate
          : which === 'issuing.crt'
            ? all.issuing.certificate
            : all.tsa.certificate;
      return reply
        .header('content-type', 'application/pkix-cert')
        .header('cache-control', 'public, max-age=86400')
        .send(Buffer.from(cert.rawData));
    },
  );

  app.get(
    '/pki/crl/:which',
    { schema: { ...hide, params: z.object({ which: z.enum(['root.crl', 'issuing.crl']) }) } },
    async (request, reply) => {
      const der = await pki.crl(request.params.which === 'root.crl' ? 'root' : 'issuing');
      return reply
        .header('content-type', 'application/pkix-crl')
        .header('cache-control', 'no-cache')
        .send(Buffer.from(der));
    },
  );

  app.post('/pki/ocsp', { schema: hide }, async (request, reply) => {
    const body = request.body instanceof Buffer ? request.body : Buffer.alloc(0);
    return reply.header('content-type', 'application/ocsp-response').send(Buffer.from(await pki.ocsp(body)));
  });

  app.get('/pki/ocsp/*', { schema: hide }, async (request, reply) => {
    const encoded = decodeURIComponent((request.params as { '*': string })['*']);
    const body = Buffer.from(encoded, 'base64');
    return reply.header('content-type', 'application/ocsp-response').send(Buffer.from(await pki.ocsp(body)));
  });

  app.post('/pki/tsa', { schema: hide }, async (request, reply) => {
    const body = request.body instanceof Buffer ? request.body : Buffer.alloc(0);
    return reply
      .header('content-type', 'application/timestamp-reply')
      .send(Buffer.from(await pki.timestamp(body)));
  });
};
