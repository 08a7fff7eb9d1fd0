// The province tile map's grid (data/province-tiles.csv): row, col, adcode prefix and names of the 34 units.
import {provinceTiles} from "../../loaders/site/province-tiles.ts";

process.stdout.write(JSON.stringify(provinceTiles()));
