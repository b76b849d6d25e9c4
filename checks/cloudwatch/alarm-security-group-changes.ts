import { monitoringCheck } from '../../src/lib/metric-filters.js';

export default monitoringCheck({ id: 'cloudwatch.alarm-security-group-changes', monitors: 'security-group-changes', severity: 'low' });
