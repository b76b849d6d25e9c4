import { monitoringCheck } from '../../src/check/kit/metric-filters.js';

export default monitoringCheck({ id: 'cloudwatch.alarm-cloudtrail-changes', monitors: 'cloudtrail-changes', severity: 'medium' });
