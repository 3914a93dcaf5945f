/** `gangmu serve [--host H] [--port P] [--database URL] [--no-example]`: the product on SQLite by default. */
import { ConfigError, startServer } from '@gangmu/api';
import type { Io } from '../main.ts';

export async function runServe(args: readonly string[], io: Io): Promise<number> {
  try {
    const { close } = await startServer(args, process.env, io.stdout);
    await new Promise<void>((resolveStop) => {
      const stop = () => resolveStop();
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
    await close();
    return 0;
  } catch (e) {
    io.stderr.write(
      `${e instanceof ConfigError ? e.message : `启动失败 / failed to start: ${(e as Error).message}`}\n`,
    );
    return 1;
  }
}
