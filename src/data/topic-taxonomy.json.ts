// The topic taxonomy (data/topics.csv) with each topic's description, for the About page.
import {topicTable} from "../../loaders/topics/topic-table.ts";

process.stdout.write(JSON.stringify(topicTable()));
