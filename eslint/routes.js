/**
 * The shape of a route (issue 9, docs/ARCHITECTURE.md "How to add a route"): a handler authenticates, validates,
 * calls a command and presents its result — at most 20 lines; the work lives in packages/commands. Counted on the
 * handler given to app.get/post/put/patch/delete/route (the last function argument, or the `handler` of an
 * options object), so the function that registers a resource's routes may hold many of them.
 * Routes reach the database only through commands: values from @gangmu/storage and kysely are refused (types
 * are allowed), so no route queries a table or opens a transaction.
 */
export const MAX_HANDLER_LINES = 20;
const METHODS = new Set(['get', 'post', 'put', 'patch', 'delete', 'route']);

const isFunction = (node) =>
  node && (node.type === 'ArrowFunctionExpression' || node.type === 'FunctionExpression');

function handlerOf(call) {
  const args = call.arguments;
  const last = args[args.length - 1];
  if (isFunction(last)) return last;
  for (const arg of args) {
    if (arg.type !== 'ObjectExpression') continue;
    const prop = arg.properties.find(
      (p) => p.type === 'Property' && p.key.type === 'Identifier' && p.key.name === 'handler',
    );
    if (prop && isFunction(prop.value)) return prop.value;
  }
  return null;
}

const handlerLines = {
  meta: {
    type: 'suggestion',
    messages: {
      long: 'A route handler has {{lines}} lines (at most {{max}}): authenticate, validate, call a command, present — move the work into packages/commands.',
    },
    schema: [],
  },
  create(context) {
    return {
      CallExpression(call) {
        const callee = call.callee;
        if (callee.type !== 'MemberExpression' || callee.property.type !== 'Identifier') return;
        if (!METHODS.has(callee.property.name)) return;
        const handler = handlerOf(call);
        if (!handler) return;
        const lines = handler.loc.end.line - handler.loc.start.line + 1;
        if (lines > MAX_HANDLER_LINES)
          context.report({ node: handler, messageId: 'long', data: { lines, max: MAX_HANDLER_LINES } });
      },
    };
  },
};

const DATABASE_MODULES = new Set(['@gangmu/storage', 'kysely']);

const noStorageValues = {
  meta: {
    type: 'problem',
    messages: {
      storage:
        'Routes reach the database through commands (@gangmu/commands), not @gangmu/storage or kysely: import only their types here.',
    },
    schema: [],
  },
  create(context) {
    return {
      ImportDeclaration(node) {
        if (!DATABASE_MODULES.has(node.source.value) || node.importKind === 'type') return;
        const values = node.specifiers.filter((s) => s.type !== 'ImportSpecifier' || s.importKind !== 'type');
        if (values.length) context.report({ node, messageId: 'storage' });
      },
    };
  },
};

export const routesPlugin = {
  rules: { 'handler-lines': handlerLines, 'no-storage-values': noStorageValues },
};

/** The config block for apps/api/src/routes/**. */
export function routeConfigs() {
  return [
    {
      files: ['apps/api/src/routes/**/*.ts'],
      ignores: ['**/*.test.ts'],
      plugins: { routes: routesPlugin },
      rules: { 'routes/handler-lines': 'error', 'routes/no-storage-values': 'error' },
    },
  ];
}
