import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { isDeepStrictEqual } from 'node:util';
import type { FastifyInstance, FastifyRequest } from 'fastify';

/**
 * The API as a contract: every answer of every test app is checked against the OpenAPI document,
 * so each API test is a contract test too. A handler's value is checked before Fastify serializes
 * it, as a client generated from the document would take it; then what was sent must be that value
 * whole: the serializer drops what a schema does not list and coerces what it types otherwise (null
 * to "" for a string), which would hide a mismatch on the wire. The status must be declared, with a
 * body or without one as sent.
 *
 * Exempt: routes the document hides (`schema: { hide: true }`: the document itself, the docs
 * pages, /health) and streams of server-sent events (`text/event-stream`), which have no JSON
 * body. A request no route matched is answered with the error shape, and checked against it.
 *
 * `checkAnswers` goes in `buildApp`'s `beforeRoutes` (or `openRuntime`'s); a mismatch is kept
 * until `answerProblems(app)` takes it, which the test client does after every call.
 */
export function checkAnswers(app: FastifyInstance) {
  let contract: Contract | undefined;
  /** Each handler's value, as JSON carries it, until it is sent. */
  const values = new WeakMap<FastifyRequest, unknown>();
  const check = (request: FastifyRequest, status: number, body: Body) => {
    try {
      contract ??= new Contract(app.swagger() as OpenApiDocument);
      report(request, status, contract.problem(request, status, body));
    } catch (error) {
      report(request, status, `the check itself failed: ${(error as Error).message}`);
    }
  };
  const report = (request: FastifyRequest, status: number, problem: string | null) => {
    if (problem) problemsOf(app).push(`${request.method} ${request.url} answered ${status}: ${problem}`);
  };

  app.addHook('preSerialization', async (request, reply, payload) => {
    if (request.routeOptions.schema?.hide) return payload;
    check(request, reply.statusCode, { value: payload });
    values.set(request, JSON.parse(JSON.stringify(payload)));
    return payload;
  });
  app.addHook('onSend', async (request, reply, payload) => {
    const type = String(reply.getHeader('content-type') ?? '');
    if (request.routeOptions.schema?.hide || type.startsWith('text/event-stream')) return payload;
    if (values.has(request)) {
      const sent = typeof payload === 'string' ? JSON.parse(payload) : payload;
      const whole = isDeepStrictEqual(sent, values.get(request));
      report(request, reply.statusCode, whole ? null : `the serializer changed the body: ${JSON.stringify(values.get(request)).slice(0, 500)} became ${String(payload).slice(0, 500)}`);
    } else if (payload === undefined || payload === null || payload === '') {
      check(request, reply.statusCode, null);
    } else {
      // Sent as it is, not serialized: JSON as text, or text of another type (Prometheus metrics).
      const value = typeof payload !== 'string' ? `<a stream of ${type}>` : type.includes('json') ? JSON.parse(payload) : payload;
      check(request, reply.statusCode, { value, type });
    }
    return payload;
  });
}

/** The mismatches found since the last call, taken (so each is reported once). */
export function answerProblems(app: FastifyInstance): string[] {
  return problemsOf(app).splice(0);
}

const found = new WeakMap<FastifyInstance, string[]>();
const problemsOf = (app: FastifyInstance) => found.get(app) ?? (found.set(app, []), found.get(app) as string[]);

/** An answer's body (and its content type, when it is not JSON), or null for none. */
type Body = { value: unknown; type?: string } | null;

interface OpenApiDocument {
  paths: Record<string, Record<string, { responses?: Record<string, { content?: Record<string, unknown> }> }>>;
}

/** The document's answers, one validator per operation and status, compiled when first needed. */
class Contract {
  private readonly ajv = addFormats.default(new Ajv2020({ strict: false, allErrors: true, validateSchema: false }));
  private readonly validators = new Map<string, ValidateFunction>();

  constructor(private readonly doc: OpenApiDocument) {
    this.ajv.addSchema(doc, DOC);
  }

  problem(request: FastifyRequest, status: number, body: Body): string | null {
    const route = request.routeOptions;
    if (route.url === undefined) return body ? this.mismatch(pointer(['components', 'schemas', 'Error']), body.value) : 'no body';
    const path = route.url.replace(/:(\w+)/g, '{$1}');
    const method = request.method.toLowerCase();
    const responses = this.doc.paths[path]?.[method]?.responses;
    if (!responses) return `${method.toUpperCase()} ${path} is not in the OpenAPI document`;
    const declared = [String(status), `${String(status)[0]}XX`, 'default'].find((s) => responses[s]);
    if (!declared) return `the document declares no ${status} answer for ${method.toUpperCase()} ${path}`;
    const content = responses[declared]?.content;
    if (!content) return body ? 'a body, where the document declares none' : null;
    if (!body) return 'no body, where the document declares one';
    const media = body.type?.split(';')[0]?.trim() ?? 'application/json';
    if (!content[media]) return `the document declares no ${media} body`;
    return this.mismatch(pointer(['paths', path, method, 'responses', declared, 'content', media, 'schema']), body.value);
  }

  private mismatch(ref: string, value: unknown): string | null {
    let validate = this.validators.get(ref);
    if (!validate) this.validators.set(ref, (validate = this.ajv.compile({ $ref: ref })));
    if (validate(value)) return null;
    const errors = (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message}${e.keyword === 'additionalProperties' ? ` (${String(e.params.additionalProperty)})` : ''}`);
    return `its body does not match the document (${ref}): ${[...new Set(errors)].join('; ')}; body: ${JSON.stringify(value)?.slice(0, 500)}`;
  }
}

const DOC = 'openapi.json';
/** A reference into the document, its steps escaped as JSON pointer and URI fragment want them. */
const pointer = (steps: string[]) => `${DOC}#/${steps.map((s) => encodeURIComponent(s.replaceAll('~', '~0').replaceAll('/', '~1'))).join('/')}`;
