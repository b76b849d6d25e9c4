import { monitoringCheck } from '../../src/check/kit/metric-filters.js';

export default monitoringCheck({ id: 'cloudwatch.alarm-config-changes', monitors: 'config-changes', severity: 'low' });
