import { monitoringCheck } from '../../src/lib/metric-filters.js';

export default monitoringCheck({ id: 'cloudwatch.alarm-route-table-changes', monitors: 'route-table-changes', severity: 'low' });
