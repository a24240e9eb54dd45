// A fast path for checking responses: each response schema is compiled once into plain
// closures (no eval, so it runs under a strict CSP) that check the value in place. When the
// compiler does not know a schema, or the value does not match, zod parses it instead and
// produces the exact issues. Fields the contract does not name pass through untouched.
import type * as z from 'zod/mini';

type Check = (value: unknown) => boolean;

interface Def {
  type: string;
  checks?: unknown[];
  shape?: Record<string, z.ZodMiniType>;
  element?: z.ZodMiniType;
  innerType?: z.ZodMiniType;
  entries?: Record<string, unknown>;
}

const cache = new WeakMap<object, Check>();
const no: Check = () => false;

function compile(schema: z.ZodMiniType): Check {
  let check = cache.get(schema);
  if (check) return check;
  const { type, checks, shape, element, innerType, entries } = schema._zod.def as unknown as Def;
  check = no;
  if (!checks?.length) {
    if (type === 'string') check = (v) => typeof v === 'string';
    if (type === 'number') check = Number.isFinite;
    if (type === 'boolean') check = (v) => typeof v === 'boolean';
    if (type === 'enum') {
      const values = new Set(Object.values(entries ?? {}));
      check = (v) => values.has(v);
    }
    if (type === 'nullable' && innerType) {
      const inner = compile(innerType);
      check = (v) => v === null || inner(v);
    }
    if (type === 'array' && element) {
      const item = compile(element);
      check = (v) => Array.isArray(v) && v.every(item);
    }
    if (type === 'object' && shape) {
      const fields = Object.entries(shape).map(([key, field]) => [key, compile(field)] as const);
      check = (v) =>
        typeof v === 'object' &&
        v !== null &&
        fields.every(([key, field]) => field((v as Record<string, unknown>)[key]));
    }
  }
  cache.set(schema, check);
  return check;
}

/** Parses `value` with `schema`: the compiled check, or zod when that cannot say yes. */
export const parseWith = <S extends z.ZodMiniType>(schema: S, value: unknown) =>
  (compile(schema)(value) ? { success: true, data: value } : schema.safeParse(value)) as ReturnType<
    S['safeParse']
  >;
