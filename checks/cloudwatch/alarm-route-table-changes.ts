import { monitoringCheck } from '../../src/check/kit/metric-filters.js';

export default monitoringCheck({ id: 'cloudwatch.alarm-route-table-changes', monitors: 'route-table-changes', severity: 'low' });
