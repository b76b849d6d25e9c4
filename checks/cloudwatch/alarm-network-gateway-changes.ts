import { monitoringCheck } from '../../src/check/kit/metric-filters.js';

export default monitoringCheck({ id: 'cloudwatch.alarm-network-gateway-changes', monitors: 'network-gateway-changes', severity: 'low' });
