import { monitoringCheck } from '../../src/lib/metric-filters.js';

export default monitoringCheck({ id: 'cloudwatch.alarm-config-changes', monitors: 'config-changes', severity: 'low' });
