/**
 * The RDS one-field family: "every DB instance has <field> set to the good value". One factory;
 * each check module keeps its metadata (what the setting protects, how to fix it) and names the
 * field, the test of its value and the two facts its messages state.
 */
import type { DBInstance } from '@aws-sdk/client-rds';
import { defineCheck, type Check, type CheckContext, type CheckMeta, type CheckOptions, type CheckResult } from '../define.js';
import type { Json, JsonObject } from '../../util/json.js';

type InstanceField = keyof DBInstance & string;

export interface RdsFieldSpec<O extends CheckOptions> extends Omit<CheckMeta<O>, 'service' | 'resourceType' | 'serviceModel' | 'scope'> {
  id: `rds.${string}`;
  /** The DBInstance field that decides the verdict (its raw value is always in the evidence). */
  field: InstanceField;
  /** The good value, or a test of the value (with the check's options). */
  expect: Json | ((value: unknown, options: Readonly<O>) => boolean);
  /** Facts for the messages: "DB instance <id> <pass>" / "DB instance <id> <fail>". */
  pass: string | ((value: unknown, options: Readonly<O>) => string);
  fail: string | ((value: unknown, options: Readonly<O>) => string);
  /** Further fields of the instance that help read the verdict (engine, version, key). */
  evidence?: (db: DBInstance) => JsonObject;
}

const asJson = (v: unknown): Json => (v === undefined ? null : (v as Json));
const say = <O>(m: string | ((v: unknown, o: Readonly<O>) => string), v: unknown, o: Readonly<O>) => (typeof m === 'string' ? m : m(v, o));

/** One verdict per DB instance of the region on one DBInstance field. A missing field never passes. */
export function rdsInstanceFieldCheck<const O extends CheckOptions = CheckOptions>(spec: RdsFieldSpec<O>): Check<O> {
  const { field, expect, pass, fail, evidence, ...meta } = spec;
  const good = typeof expect === 'function' ? expect : (v: unknown) => v === expect;
  return defineCheck<O>({
    ...meta,
    service: 'rds',
    resourceType: 'AWS::RDS::DBInstance',
    serviceModel: 'PaaS',
    scope: 'regional',
    async run({ scope, inventory, result, options }: CheckContext<O>): Promise<CheckResult[]> {
      const instances = await inventory.rds.dbInstances(scope.region);
      return instances.map((db) => {
        const ref = { arn: db.DBInstanceArn!, id: db.DBInstanceIdentifier! };
        const value = db[field];
        const ev: JsonObject = { [field]: asJson(value), ...(evidence ? evidence(db) : {}) };
        return good(value, options)
          ? result.pass(ref, `DB instance ${db.DBInstanceIdentifier} ${say(pass, value, options)}`, ev)
          : result.fail(ref, `DB instance ${db.DBInstanceIdentifier} ${say(fail, value, options)}`, ev);
      });
    },
  });
}
