/** The baseline of bench:api: a bare Fastify route that returns fixed bytes from memory. */
import { readFileSync } from 'node:fs';
import Fastify from 'fastify';

const [port, planFile, evalFile] = process.argv.slice(2);
const plan = readFileSync(planFile!);
const evaluation = readFileSync(evalFile!);
const app = Fastify({ logger: false });
app.get('/plan', async (_req, reply) =>
  reply.header('content-type', 'application/json; charset=utf-8').send(plan),
);
app.get('/evaluation', async (_req, reply) =>
  reply.header('content-type', 'application/json; charset=utf-8').send(evaluation),
);
await app.listen({ host: '127.0.0.1', port: Number(port) });
console.log('listening on bare');
