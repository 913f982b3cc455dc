import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import { jsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod';
import { publicRoute } from '../auth/actor.ts';

/** OpenAPI 3.1 generated from the routes' zod schemas, at /api/openapi.json, and a UI at /api/docs. */
export async function registerOpenApi(app: FastifyInstance, version: string): Promise<void> {
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Liên Thông API',
        version,
        description:
          'API của nền tảng chính quyền số dùng chung Liên Thông. Lỗi trả về theo RFC 9457 (application/problem+json) với mã `code` ổn định và thông điệp tiếng Việt trong `detail`.',
      },
      tags: [
        { name: 'Hệ thống', description: 'Tình trạng hệ thống' },
        { name: 'Đăng nhập', description: 'Phiên đăng nhập' },
        { name: 'Nhật ký', description: 'Nhật ký thay đổi và truy cập dữ liệu, chuỗi băm chống sửa' },
        { name: 'Lịch làm việc', description: 'Ngày nghỉ lễ, làm bù và tính hạn xử lý' },
        { name: 'Tệp', description: 'Lưu trữ tệp theo địa chỉ nội dung' },
      ],
    },
    transform: jsonSchemaTransform,
    transformObject: jsonSchemaTransformObject,
  });
  await app.register(swaggerUi, {
    routePrefix: '/api/docs',
    staticCSP: true,
    // Swagger UI's own policy, made offline and as strict as ours: no https: sources, no
    // third-party validator, inline styles allowed (its components set them), no framing.
    transformStaticCSP: (header) =>
      header
        .replace(/style-src 'self' https:[^;]*;/, "style-src 'self' 'unsafe-inline';")
        .replace("font-src 'self' https: data:", "font-src 'self' data:")
        .replace(' validator.swagger.io', '')
        .replace("frame-ancestors 'self'", "frame-ancestors 'none'")
        .replace(' upgrade-insecure-requests;', ''),
    uiConfig: { docExpansion: 'list', deepLinking: true, validatorUrl: null },
  });
  app.get('/api/openapi.json', { schema: { hide: true }, preHandler: publicRoute }, async () =>
    app.swagger(),
  );
}
