import check from '../../../checks/cloudwatch/alarm-network-gateway-changes.js';
import { describeMonitoringCheck } from './fixtures.js';

describeMonitoringCheck(check, 'network-gateway-changes');
