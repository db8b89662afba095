// leaflet.markercluster extends the global `L`; expose the bundled Leaflet before it loads (imports run in order).
import L from 'leaflet';

window.L = L;
export default L;
