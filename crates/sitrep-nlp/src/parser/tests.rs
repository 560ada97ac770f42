//! Beam decoding against greedy decoding, and beam models through the
//! file format.

#![allow(clippy::unwrap_used)]

use sitrep_model::ModelFile;

use super::features::SentenceKeys;
use super::state::State;
use super::*;
use crate::corpus::parse_conllu;

const TOY: &str = "\
1\tThe\tthe\tDET\tDT\t_\t2\tdet\t_\t_
2\tminister\tminister\tNOUN\tNN\t_\t3\tnsubj\t_\t_
3\tsigned\tsign\tVERB\tVBD\t_\t0\troot\t_\t_
4\tthe\tthe\tDET\tDT\t_\t5\tdet\t_\t_
5\tagreement\tagreement\tNOUN\tNN\t_\t3\tobj\t_\t_
6\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_

1\tTroops\ttroop\tNOUN\tNNS\t_\t2\tnsubj\t_\t_
2\tcrossed\tcross\tVERB\tVBD\t_\t0\troot\t_\t_
3\tthe\tthe\tDET\tDT\t_\t4\tdet\t_\t_
4\tborder\tborder\tNOUN\tNN\t_\t2\tobj\t_\t_
5\tyesterday\tyesterday\tNOUN\tNN\t_\t2\tobl:tmod\t_\t_
6\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_

1\tThe\tthe\tDET\tDT\t_\t2\tdet\t_\t_
2\tarmy\tarmy\tNOUN\tNN\t_\t3\tnsubj\t_\t_
3\tsaid\tsay\tVERB\tVBD\t_\t0\troot\t_\t_
4\tit\tit\tPRON\tPRP\t_\t6\tnsubj\t_\t_
5\twould\twould\tAUX\tMD\t_\t6\taux\t_\t_
6\twithdraw\twithdraw\tVERB\tVB\t_\t3\tccomp\t_\t_
7\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_

1\tTalks\ttalk\tNOUN\tNNS\t_\t4\tnsubj\t_\t_
2\tin\tin\tADP\tIN\t_\t3\tcase\t_\t_
3\tGeneva\tGeneva\tPROPN\tNNP\t_\t1\tnmod\t_\t_
4\tended\tend\tVERB\tVBD\t_\t0\troot\t_\t_
5\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_

1\tRussia\tRussia\tPROPN\tNNP\t_\t4\tnsubj\t_\t_
2\tand\tand\tCCONJ\tCC\t_\t3\tcc\t_\t_
3\tChina\tChina\tPROPN\tNNP\t_\t1\tconj\t_\t_
4\tsigned\tsign\tVERB\tVBD\t_\t0\troot\t_\t_
5\ta\ta\tDET\tDT\t_\t6\tdet\t_\t_
6\tdeal\tdeal\tNOUN\tNN\t_\t4\tobj\t_\t_
7\tin\tin\tADP\tIN\t_\t8\tcase\t_\t_
8\tMoscow\tMoscow\tPROPN\tNNP\t_\t4\tobl\t_\t_
9\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_

";

fn keys_of(parser: &Parser, words: &[&str], xpos: &[&str]) -> SentenceKeys {
    let mut scratch = WordScratch::default();
    sentence_keys(words, xpos, &mut scratch, &parser.clusters)
}

fn same_tree(a: &State, b: &State) -> bool {
    a.heads == b.heads && a.labels == b.labels
}

/// Width 1 must take the greedy decision at every step, including ties.
fn assert_width_one_is_greedy(parser: &Parser, words: &[&str], xpos: &[&str]) {
    let keys = keys_of(parser, words, xpos);
    let greedy = parser.run_greedy(&keys, words.len());
    let beam = parser.run_beam(&keys, words.len(), 1);
    assert!(same_tree(&greedy, &beam), "{words:?}");
}

/// Every word gets a head, exactly one the root.
fn assert_complete_tree(arcs: &[Arc<'_>]) {
    assert_eq!(arcs.iter().filter(|a| a.head.is_none()).count(), 1);
    assert!(arcs.iter().all(|a| a.deprel != "dep" || a.head.is_some()));
}

fn toy_model(beam: usize) -> Vec<u8> {
    let train = parse_conllu(TOY).unwrap();
    train_parser_beam(&train, &[], 7, 4, &WordClusters::default(), beam).0
}

#[test]
fn beam_model_round_trips_through_the_file_format() {
    let bytes = toy_model(4);
    let file = ModelFile::from_bytes(&bytes).unwrap();
    assert_eq!(file.version, PARSER_VERSION);
    assert_eq!(file.extra(BEAM_SECTION), Some(&4u32.to_le_bytes()[..]));
    assert_eq!(file.to_bytes(), bytes);
    let parser = Parser::from_bytes(&bytes).unwrap();
    assert_eq!(parser.beam_width(), 4);
    let words = ["The", "minister", "signed", "the", "agreement", "."];
    let xpos = ["DT", "NN", "VBD", "DT", "NN", "."];
    let arcs = parser.parse(&words, &[], &xpos);
    assert_eq!(arcs.len(), words.len());
    assert_complete_tree(&arcs);
    // Training is deterministic for a seed.
    assert_eq!(toy_model(4), bytes);
}

#[test]
fn greedy_models_keep_the_version_3_format() {
    let bytes = toy_model(1);
    let file = ModelFile::from_bytes(&bytes).unwrap();
    assert_eq!(file.version, PARSER_GREEDY_VERSION);
    assert!(file.extra(BEAM_SECTION).is_none());
    assert_eq!(Parser::from_bytes(&bytes).unwrap().beam_width(), 1);
    let train = parse_conllu(TOY).unwrap();
    let (plain, _) = train_parser(&train, &[], 7, 4, &WordClusters::default());
    assert_eq!(plain, bytes, "beam 1 is the greedy trainer");
}

#[test]
fn bad_beam_sections_are_refused() {
    let mut file = ModelFile::from_bytes(&toy_model(2)).unwrap();
    for bad in [vec![0, 0, 0, 0], vec![2, 0], 1000u32.to_le_bytes().to_vec()] {
        file.extra.retain(|(name, _)| name != BEAM_SECTION);
        file.extra.push((BEAM_SECTION.to_string(), bad));
        assert!(Parser::from_bytes(&file.to_bytes()).is_err());
    }
    file.extra.retain(|(name, _)| name != BEAM_SECTION);
    assert!(Parser::from_bytes(&file.to_bytes()).is_err());
}

#[test]
fn width_one_equals_greedy_on_a_toy_beam_model() {
    let parser = Parser::from_bytes(&toy_model(4)).unwrap();
    for sentence in parse_conllu(TOY).unwrap() {
        let words = sentence.forms();
        let xpos: Vec<&str> = sentence.words.iter().map(|w| w.xpos.as_str()).collect();
        assert_width_one_is_greedy(&parser, &words, &xpos);
    }
}

/// The shipped model over the sentences of the project's `examples/`
/// articles, tagged by the shipped tagger.
#[test]
fn width_one_equals_greedy_on_the_shipped_model() {
    let models = crate::CoreModels::embedded().unwrap();
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples/text");
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    files.sort();
    let mut n_sentences = 0;
    for path in files {
        let text = std::fs::read_to_string(&path).unwrap();
        let (tokens, spans) = sitrep_text::sentences::tokenize_and_split(&text);
        for span in spans.iter().take(12) {
            let words: Vec<&str> = tokens[span.tokens.0 as usize..span.tokens.1 as usize]
                .iter()
                .map(|t| &text[t.span.start..t.span.end])
                .collect();
            let analysis = models.analyze(&words);
            let xpos: Vec<&str> = analysis.iter().map(|a| a.xpos.as_str()).collect();
            assert_width_one_is_greedy(&models.parser, &words, &xpos);
            let wide = models.parser.clone().with_beam(4);
            assert_complete_tree(&wide.parse(&words, &[], &xpos));
            n_sentences += 1;
        }
    }
    assert!(n_sentences >= 20, "{n_sentences} sentences");
}
