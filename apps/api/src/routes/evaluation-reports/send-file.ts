/** Sends an exported report as a download with its Chinese file name (RFC 5987) and an ASCII fallback. */
import type { FastifyReply } from 'fastify';
import type { ExportedReport } from '@gangmu/commands';

export const sendReportFile = (reply: FastifyReply, file: ExportedReport) =>
  reply
    .header('content-type', file.contentType)
    .header(
      'content-disposition',
      `attachment; filename="report.${file.fileName.split('.').pop()}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
    )
    .header('x-content-type-options', 'nosniff')
    .send(Buffer.from(file.bytes));
