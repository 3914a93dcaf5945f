import { useState } from 'react';
import { Alert, Button, Card, Form, Input } from 'antd';
import { api, setCsrf } from '../../../shared/api.ts';
import { L } from '../../i18n.ts';

export function Login({ onLogin }: { onLogin: () => void }) {
  const [error, setError] = useState<string | null>(null);

  return (
    <Card title={L('纲目 · 登录', 'Gangmu · Sign in')} style={{ maxWidth: 380, margin: '10vh auto' }}>
      <Form
        layout="vertical"
        onFinish={async (v: { username: string; password: string }) => {
          try {
            const s = await api<{ csrfToken: string }>('/api/session', { method: 'POST', body: v });
            setCsrf(s.csrfToken);
            onLogin();
          } catch (e) {
            setError((e as Error).message);
          }
        }}
      >
        <Form.Item label={L('用户名', 'User name')} name="username" rules={[{ required: true }]}>
          <Input id="username" autoComplete="username" />
        </Form.Item>
        <Form.Item label={L('密码', 'Password')} name="password" rules={[{ required: true }]}>
          <Input.Password id="password" autoComplete="current-password" />
        </Form.Item>
        {error && <Alert type="error" title={error} style={{ marginBottom: 12 }} />}
        <Button type="primary" htmlType="submit" block>
          {L('登录', 'Sign in')}
        </Button>
      </Form>
    </Card>
  );
}
