import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

const fixtures = join(import.meta.dirname, '..', 'fixtures');
export const sarifSchema = (): Record<string, unknown> => JSON.parse(readFileSync(join(fixtures, 'sarif-schema-2.1.0.json'), 'utf8')) as Record<string, unknown>;

export type Validate = ((data: unknown) => boolean) & { errors?: unknown[] | null };

let sarif: Validate | undefined;
let asff: Validate | undefined;

/**
 * The official SARIF 2.1.0 schema (draft-04; see test/fixtures/sarif-schema-2.1.0.md): Ajv's
 * draft-07 engine, its draft-04 root `id` read as an annotation, every other keyword as written.
 */
export function sarifValidator(): Validate {
  if (sarif) return sarif;
  const ajv = new Ajv.default({ allErrors: true, strict: true, strictRequired: false, validateSchema: false });
  ajv.removeKeyword('id');
  ajv.addKeyword({ keyword: 'id', schemaType: 'string' });
  addFormats.default(ajv);
  return (sarif = ajv.compile(sarifSchema()));
}

/** The ASFF requirements and limits transcribed in test/fixtures/asff-2018-10-08.schema.json. */
export function asffValidator(): Validate {
  if (asff) return asff;
  const ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false });
  addFormats.default(ajv);
  return (asff = ajv.compile(JSON.parse(readFileSync(join(fixtures, 'asff-2018-10-08.schema.json'), 'utf8')) as object));
}

/** The first few schema errors, for an assertion message. */
export const firstErrors = (v: Validate) => JSON.stringify((v.errors ?? []).slice(0, 5));
