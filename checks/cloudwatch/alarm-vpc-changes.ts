import { monitoringCheck } from '../../src/check/kit/metric-filters.js';

export default monitoringCheck({ id: 'cloudwatch.alarm-vpc-changes', monitors: 'vpc-changes', severity: 'low' });
