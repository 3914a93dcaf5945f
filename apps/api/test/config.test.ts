import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/index.ts';

describe('loadConfig', () => {
  it('should take flags over environment variables', () => {
    const c = loadConfig(['--port', '4000'], { PORT: '5000', HOST: '0.0.0.0' });
    expect(c).toMatchObject({
      port: 4000,
      host: '0.0.0.0',
      database: { driver: 'sqlite', file: 'data/gangmu.db' },
    });
    expect(loadConfig([], { DATABASE_URL: 'postgres://u@h:5432/db?schema=gm' }).database).toEqual({
      driver: 'postgres',
      url: 'postgres://u@h:5432/db',
      schema: 'gm',
    });
  });

  it('should list every problem in one readable error', () => {
    try {
      loadConfig(['--port=99999'], { DATABASE_URL: 'mysql://x', LOG_LEVEL: 'loud' });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ConfigError);
      expect((e as ConfigError).problems).toHaveLength(3);
      expect((e as Error).message).toContain(
        'PORT / --port must be a whole number from 1 to 65535 (got "99999")',
      );
      expect((e as Error).message).toContain('DATABASE_URL');
    }
  });
});
