import { monitoringCheck } from '../../src/check/kit/metric-filters.js';

export default monitoringCheck({ id: 'cloudwatch.alarm-s3-bucket-policy-changes', monitors: 's3-bucket-policy-changes', severity: 'low' });
