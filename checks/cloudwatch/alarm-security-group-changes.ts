import { monitoringCheck } from '../../src/check/kit/metric-filters.js';

export default monitoringCheck({ id: 'cloudwatch.alarm-security-group-changes', monitors: 'security-group-changes', severity: 'low' });
