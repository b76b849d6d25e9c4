import { monitoringCheck } from '../../src/check/kit/metric-filters.js';

export default monitoringCheck({ id: 'cloudwatch.alarm-root-account-usage', monitors: 'root-account-usage', severity: 'high' });
