import { defineReport } from './define.js';

export default defineReport({
  id: 'json',
  title: 'Canonical JSON result (schemaVersion 1)',
  extension: '.json',
  render: (result) => JSON.stringify(result, null, 2) + '\n',
});
