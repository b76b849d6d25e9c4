/** At most `max` labels, then how many more there are. */
export function listSome(labels: readonly string[], max = 10): string {
  return labels.length <= max ? labels.join(', ') : `${labels.slice(0, max).join(', ')} and ${labels.length - max} more`;
}
