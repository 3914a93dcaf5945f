/** Which traffic light each evaluation status shows (the dashboard's counts and the plan page's filter). */
export const LIGHT: Record<string, 'green' | 'yellow' | 'red' | 'grey'> = {
  ACHIEVED: 'green',
  ON_TRACK: 'green',
  AT_RISK: 'yellow',
  NEARLY_ACHIEVED: 'yellow',
  OFF_TRACK: 'red',
  NOT_ACHIEVED: 'red',
  NOT_ASSESSABLE: 'grey',
  INVALID: 'grey',
};
