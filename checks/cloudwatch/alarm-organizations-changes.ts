import { monitoringCheck } from '../../src/check/kit/metric-filters.js';

export default monitoringCheck({ id: 'cloudwatch.alarm-organizations-changes', monitors: 'organizations-changes', severity: 'medium' });
