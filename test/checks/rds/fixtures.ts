/** AWS-shaped DescribeDBInstances / DescribeDBClusters items for the RDS check tests. */
export const dbInstance = (id: string, over: object = {}) => ({
  DBInstanceIdentifier: id, DBInstanceArn: `arn:aws:rds:eu-west-1:111122223333:db:${id}`, Engine: 'postgres', EngineVersion: '16.4', ...over,
});
export const dbCluster = (id: string, over: object = {}) => ({
  DBClusterIdentifier: id, DBClusterArn: `arn:aws:rds:eu-west-1:111122223333:cluster:${id}`, Engine: 'aurora-postgresql', ...over,
});
/** An Aurora instance: AWS reports the cluster-owned settings on the cluster (the instance's own fields may say otherwise). */
export const auroraInstance = (id: string, cluster: string, over: object = {}) => dbInstance(id, { Engine: 'aurora-postgresql', DBClusterIdentifier: cluster, ...over });
