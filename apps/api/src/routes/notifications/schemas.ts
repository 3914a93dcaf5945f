/** Request schemas of the notification routes. */
import { Type } from 'typebox';
import { Id, strict } from '../../schemas.ts';

export const MessageParams = strict({ messageId: Id });

export const WebhookBody = strict({
  url: Type.String({ pattern: '^https?://', maxLength: 500 }),
  preset: Type.Union([Type.Literal('json'), Type.Literal('wecom'), Type.Literal('dingtalk')]),
  secret: Type.Optional(Type.String({ minLength: 16, maxLength: 200 })),
});

export const OutboxQuery = strict({
  status: Type.Optional(
    Type.Union([
      Type.Literal('pending'),
      Type.Literal('sending'),
      Type.Literal('sent'),
      Type.Literal('dead'),
    ]),
  ),
});
