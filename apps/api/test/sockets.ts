/** Raw sockets for the slow-client tests: a client that trickles its request a byte at a time. */
import { connect } from 'node:net';

/** Opens a socket, writes `head` and then one byte of `rest` every `everyMs`; resolves when it is closed. */
export function trickle(port: number, head: string, rest: string, everyMs: number) {
  return new Promise<{ closedAfterMs: number; answer: string; sent: number }>((resolve) => {
    const started = Date.now();
    const socket = connect(port, '127.0.0.1');
    let answer = '';
    let sent = 0;
    socket.on('data', (d) => (answer += d.toString()));
    socket.on('error', () => undefined);
    socket.write(head);
    const timer = setInterval(() => {
      if (sent < rest.length && !socket.destroyed) socket.write(rest[sent++]!);
    }, everyMs);
    socket.on('close', () => {
      clearInterval(timer);
      resolve({ closedAfterMs: Date.now() - started, answer, sent });
    });
  });
}

/** The status of a raw HTTP answer, 0 when there was none. */
export const statusOf = (answer: string): number => Number(/^HTTP\/1\.1 (\d{3})/.exec(answer)?.[1] ?? 0);
