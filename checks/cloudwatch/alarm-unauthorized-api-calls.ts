import { monitoringCheck } from '../../src/check/kit/metric-filters.js';

export default monitoringCheck({ id: 'cloudwatch.alarm-unauthorized-api-calls', monitors: 'unauthorized-api-calls', severity: 'medium' });
