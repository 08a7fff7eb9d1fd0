// The topic taxonomy (data/topics.csv) with each topic's description, for the About page.
import {topicTable} from "../../loaders/topic-table.ts";

process.stdout.write(JSON.stringify(topicTable()));
