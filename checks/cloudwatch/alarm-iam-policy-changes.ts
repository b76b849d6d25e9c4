import { monitoringCheck } from '../../src/check/kit/metric-filters.js';

export default monitoringCheck({ id: 'cloudwatch.alarm-iam-policy-changes', monitors: 'iam-policy-changes', severity: 'medium' });
