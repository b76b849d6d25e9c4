/**
 * The RDS one-field family: "every DB instance has <field> set to the good value". One factory;
 * each check module keeps its metadata (what the setting protects, how to fix it) and names the
 * field, the test of its value and the two facts its messages state.
 *
 * Settings that a DB cluster owns (`fromCluster`): an instance of an Aurora or Multi-AZ DB cluster
 * reports the value of its cluster (DescribeDBClusters, called only when such an instance exists),
 * as AWS applies it; the evidence names the cluster.
 */
import type { DBCluster, DBInstance } from '@aws-sdk/client-rds';
import { invalidData } from '../../aws/invalid-data.js';
import { defineCheck, type Check, type CheckContext, type CheckMeta, type CheckOptions, type CheckResult } from '../define.js';
import type { Json, JsonObject } from '../../util/json.js';

type InstanceField = keyof DBInstance & string;
/** Fields that DBInstance and DBCluster share under the same name. */
type ClusterField = InstanceField & keyof DBCluster;
type Say<O> = string | ((value: unknown, options: Readonly<O>) => string);

interface BaseSpec<O extends CheckOptions> extends Omit<CheckMeta<O>, 'service' | 'resourceType' | 'serviceModel' | 'scope'> {
  id: `rds.${string}`;
  /** The good value, or a test of the value (with the check's options). */
  expect: Json | ((value: unknown, options: Readonly<O>) => boolean);
  /** Facts for the messages: "DB instance <id> <pass>" / "DB instance <id> <fail>". */
  pass: Say<O>;
  fail: Say<O>;
  /** Further fields of the instance that help read the verdict (engine, version, key). */
  evidence?: (db: DBInstance) => JsonObject;
  /** Which instances the check judges (engines that support the setting, tagged ones); default all. */
  applies?: (db: DBInstance, options: Readonly<O>) => boolean;
}

/** The field of the DBInstance that decides the verdict (its raw value is always in the evidence). */
interface InstanceSpec<O extends CheckOptions> extends BaseSpec<O> { field: InstanceField; fromCluster?: false }
/** A setting the cluster owns: instances of a cluster are judged on the cluster's value. */
interface ClusterSpec<O extends CheckOptions> extends BaseSpec<O> { field: ClusterField; fromCluster: true }

const asJson = (v: unknown): Json => (v === undefined ? null : (v as Json));
const say = <O>(m: Say<O>, v: unknown, o: Readonly<O>) => (typeof m === 'string' ? m : m(v, o));

/** One verdict per DB instance of the region on one field. A missing field never passes. */
export function rdsInstanceFieldCheck<const O extends CheckOptions = CheckOptions>(spec: InstanceSpec<O> | ClusterSpec<O>): Check<O> {
  const { field, fromCluster, expect, pass, fail, evidence, applies, ...meta } = spec;
  const good = typeof expect === 'function' ? expect : (v: unknown) => v === expect;
  return defineCheck<O>({
    ...meta,
    service: 'rds',
    resourceType: 'AWS::RDS::DBInstance',
    serviceModel: 'PaaS',
    scope: 'regional',
    async run({ scope, inventory, result, options }: CheckContext<O>): Promise<CheckResult[]> {
      const instances = (await inventory.rds.dbInstances(scope.region)).filter((db) => !applies || applies(db, options));
      const clustered = fromCluster && instances.some((db) => db.DBClusterIdentifier);
      const clusters = clustered ? new Map((await inventory.rds.dbClusters(scope.region)).map((c) => [c.DBClusterIdentifier, c])) : undefined;
      const ref = (db: DBInstance) => ({ arn: db.DBInstanceArn!, id: db.DBInstanceIdentifier! });
      return result.forEach(instances, ref, (db) => {
        let value: unknown = db[field];
        let source: JsonObject = {};
        if (clusters && db.DBClusterIdentifier) {
          const cluster = clusters.get(db.DBClusterIdentifier);
          if (!cluster) {
            throw invalidData({ service: 'rds', operation: 'DescribeDBClusters', account: scope.account, region: scope.region },
              `DB instance ${db.DBInstanceIdentifier} belongs to cluster ${db.DBClusterIdentifier}, which DescribeDBClusters did not list`, 'ClusterNotListed');
          }
          value = cluster[field as ClusterField];
          source = { DBClusterIdentifier: db.DBClusterIdentifier, valueFrom: 'DBCluster' };
        }
        const ev: JsonObject = { [field]: asJson(value), ...source, ...(evidence ? evidence(db) : {}) };
        return good(value, options)
          ? result.pass(ref(db), `DB instance ${db.DBInstanceIdentifier} ${say(pass, value, options)}`, ev)
          : result.fail(ref(db), `DB instance ${db.DBInstanceIdentifier} ${say(fail, value, options)}`, ev);
      });
    },
  });
}
