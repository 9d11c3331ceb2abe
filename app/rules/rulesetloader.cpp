#include "rulesetloader.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <functional>
#include <optional>

namespace {

// One `key: value` line, with where its value starts.
struct Property
{
    QString key;
    QString value;
    SourceLocation keyAt;
    SourceLocation valueAt;
    bool continued = false; // value spans several lines, so columns past the first line are meaningless
};

struct Block
{
    enum Kind { Header, QuestionBlock, RuleBlock };
    Kind kind = Header;
    QString id;
    SourceLocation at;
    QList<Property> properties;
};

bool isValidId(const QString &id)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z][a-z0-9_]*$"));
    return pattern.match(id).hasMatch();
}

int indentation(const QString &line)
{
    int n = 0;
    while (n < line.size() && (line.at(n) == u' ' || line.at(n) == u'\t'))
        ++n;
    return n;
}

class Loader
{
public:
    explicit Loader(const QString &fileName) : m_fileName(fileName) {}

    RuleSetLoader::Result load(const QByteArray &data)
    {
        auto ruleSet = std::make_shared<RuleSet>();
        ruleSet->fileName = m_fileName;
        ruleSet->sha256 = QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());

        split(QString::fromUtf8(data));
        readHeader(*ruleSet);
        readQuestions(*ruleSet);
        readRules(*ruleSet);
        orderVisibility(*ruleSet);

        RuleSetLoader::Result result;
        std::sort(m_errors.begin(), m_errors.end(), [](const Diagnostic &a, const Diagnostic &b) {
            return std::tie(a.where.line, a.where.column) < std::tie(b.where.line, b.where.column);
        });
        result.errors = m_errors;
        if (m_errors.isEmpty()) {
            warnHiddenQuestions(*ruleSet);
            result.warnings = m_warnings;
            result.ruleSet = ruleSet;
        }
        return result;
    }

private:
    SourceLocation at(int line, int column) const { return {m_fileName, line, column}; }

    void error(const SourceLocation &where, const QString &message) { m_errors.append({where, message}); }

    // Cuts the file into a header and `question`/`rule` blocks of properties.
    void split(const QString &text)
    {
        m_blocks.append(Block{Block::Header, {}, at(1, 1), {}});
        const QStringList lines = text.split(u'\n');
        int blockIndent = -1;
        for (int i = 0; i < lines.size(); ++i) {
            QString line = lines.at(i);
            if (line.endsWith(u'\r'))
                line.chop(1);
            const int lineNo = i + 1;
            const int indent = indentation(line);
            const QString content = line.mid(indent);
            if (content.isEmpty() || content.startsWith(u'#'))
                continue;
            Block &current = m_blocks.last();
            if (indent == 0) {
                const QString word = content.section(u' ', 0, 0);
                if (word == QLatin1String("question") || word == QLatin1String("rule")) {
                    const QString id = content.mid(word.size()).trimmed();
                    const SourceLocation idAt = at(lineNo, word.size() + 2);
                    if (id.isEmpty())
                        error(idAt, QStringLiteral("%1 without an id").arg(word));
                    else if (!isValidId(id))
                        error(idAt, QStringLiteral("invalid id \"%1\": use lower-case letters, digits and _").arg(id));
                    m_blocks.append(Block{word == QLatin1String("question") ? Block::QuestionBlock : Block::RuleBlock,
                                          id, idAt, {}});
                    blockIndent = -1;
                    continue;
                }
                if (current.kind != Block::Header) {
                    error(at(lineNo, 1), QStringLiteral("properties of a %1 must be indented")
                                             .arg(current.kind == Block::QuestionBlock ? QStringLiteral("question")
                                                                                       : QStringLiteral("rule")));
                    continue;
                }
            } else if (current.kind == Block::Header) {
                error(at(lineNo, indent + 1), QStringLiteral("indented line outside a question or rule"));
                continue;
            }
            if (blockIndent < 0 || indent <= blockIndent || current.properties.isEmpty()) {
                if (indent > 0)
                    blockIndent = indent;
                const int colon = content.indexOf(u':');
                if (colon <= 0) {
                    error(at(lineNo, indent + 1), QStringLiteral("expected 'key: value'"));
                    continue;
                }
                Property p;
                p.key = content.left(colon).simplified();
                int valueStart = colon + 1;
                while (valueStart < content.size() && content.at(valueStart).isSpace())
                    ++valueStart;
                p.value = content.mid(valueStart).trimmed();
                p.keyAt = at(lineNo, indent + 1);
                p.valueAt = at(lineNo, indent + valueStart + 1);
                current.properties.append(p);
            } else {
                // A line indented deeper than the block's keys carries on the previous value.
                Property &p = current.properties.last();
                p.value += u' ' + content.trimmed();
                p.continued = true;
            }
        }
    }

    // Returns the properties of a block by key, reporting unknown and repeated keys.
    QHash<QString, Property> properties(const Block &block, const QStringList &allowed,
                                        const QString &allowedPrefix = {})
    {
        QHash<QString, Property> byKey;
        for (const Property &p : block.properties) {
            const bool known = allowed.contains(p.key)
                || (!allowedPrefix.isEmpty() && p.key.startsWith(allowedPrefix));
            if (!known) {
                QStringList all = allowed;
                if (!allowedPrefix.isEmpty())
                    all << allowedPrefix + QStringLiteral("ID");
                error(p.keyAt, QStringLiteral("unknown key \"%1\" (expected one of: %2)")
                                   .arg(p.key, all.join(QStringLiteral(", "))));
                continue;
            }
            // Repeated choices are reported by readQuestion, which knows they are choices.
            if (byKey.contains(p.key) && !(known && !allowed.contains(p.key))) {
                error(p.keyAt, QStringLiteral("duplicate key \"%1\", first given at line %2")
                                   .arg(p.key).arg(byKey.value(p.key).keyAt.line));
                continue;
            }
            byKey.insert(p.key, p);
        }
        return byKey;
    }

    std::optional<Property> required(const QHash<QString, Property> &props, const QString &key, const Block &block)
    {
        const auto it = props.find(key);
        if (it == props.end() || it->value.isEmpty()) {
            error(it == props.end() ? block.at : it->valueAt,
                  QStringLiteral("%1 \"%2\" has no %3").arg(blockNoun(block), block.id, key));
            return std::nullopt;
        }
        return *it;
    }

    static QString blockNoun(const Block &block)
    {
        return block.kind == Block::QuestionBlock ? QStringLiteral("question") : QStringLiteral("rule");
    }

    void readHeader(RuleSet &ruleSet)
    {
        const Block &header = m_blocks.first();
        const auto props = properties(header, {QStringLiteral("ruleset"), QStringLiteral("version"),
                                               QStringLiteral("title"), QStringLiteral("source"),
                                               QStringLiteral("date")});
        const auto need = [&](const char *key) -> QString {
            const QString k = QString::fromLatin1(key);
            if (!props.contains(k) || props.value(k).value.isEmpty()) {
                error(at(1, 1), QStringLiteral("the file must start with '%1: ...'").arg(k));
                return {};
            }
            return props.value(k).value;
        };
        ruleSet.id = need("ruleset");
        if (!ruleSet.id.isEmpty() && !QRegularExpression(QStringLiteral("^[a-z][a-z0-9-]*$")).match(ruleSet.id).hasMatch())
            error(props.value(QStringLiteral("ruleset")).valueAt,
                  QStringLiteral("invalid rule set id \"%1\": use lower-case letters, digits and -").arg(ruleSet.id));
        ruleSet.version = need("version");
        ruleSet.title = props.value(QStringLiteral("title")).value;
        ruleSet.source = props.value(QStringLiteral("source")).value;
        if (props.contains(QStringLiteral("date"))) {
            const auto &date = props.value(QStringLiteral("date"));
            ruleSet.date = QDate::fromString(date.value, Qt::ISODate);
            if (!ruleSet.date.isValid() || date.value.size() != 10)
                error(date.valueAt, QStringLiteral("date \"%1\" is not a date such as 2026-11-26").arg(date.value));
        }
    }

    void readQuestions(RuleSet &ruleSet)
    {
        QHash<QString, SourceLocation> seen;
        QList<const Block *> blocks;
        for (const Block &block : std::as_const(m_blocks)) {
            if (block.kind != Block::QuestionBlock || block.id.isEmpty())
                continue;
            if (seen.contains(block.id)) {
                error(block.at, QStringLiteral("duplicate question id \"%1\", first defined at line %2")
                                    .arg(block.id).arg(seen.value(block.id).line));
                continue;
            }
            seen.insert(block.id, block.at);
            ruleSet.questions.append(readQuestion(block));
            blocks.append(&block);
        }
        // Conditions may name any question, earlier or later, so they are
        // parsed once every question is known.
        QHash<QString, const Question *> byId;
        for (const Question &q : std::as_const(ruleSet.questions))
            byId.insert(q.id, &q);
        for (int i = 0; i < ruleSet.questions.size(); ++i) {
            const Property shown = m_shownWhen.value(ruleSet.questions.at(i).id);
            if (shown.value.isEmpty())
                continue;
            ruleSet.questions[i].shownWhen = parseCondition(shown, byId);
        }
    }

    std::shared_ptr<const Condition> parseCondition(const Property &p, const QHash<QString, const Question *> &byId)
    {
        if (p.continued) {
            error(p.valueAt, QStringLiteral("a condition must fit on one line"));
            return nullptr;
        }
        return std::shared_ptr<const Condition>(Condition::parse(p.value, p.valueAt, byId, &m_errors));
    }

    Question readQuestion(const Block &block)
    {
        static const QStringList keys{QStringLiteral("type"), QStringLiteral("text"), QStringLiteral("help"),
                                      QStringLiteral("required"), QStringLiteral("shown when"),
                                      QStringLiteral("exclusive")};
        const auto props = properties(block, keys, QStringLiteral("choice "));
        Question q;
        q.id = block.id;
        q.where = block.at;
        if (const auto type = required(props, QStringLiteral("type"), block)) {
            if (!questionTypeFromName(type->value, &q.type))
                error(type->valueAt, QStringLiteral("unknown question type \"%1\" (expected choice, multi-choice, "
                                                    "boolean, text or date)").arg(type->value));
        }
        if (const auto text = required(props, QStringLiteral("text"), block))
            q.text = text->value;
        q.help = props.value(QStringLiteral("help")).value;
        if (props.contains(QStringLiteral("required"))) {
            const Property p = props.value(QStringLiteral("required"));
            if (p.value == QLatin1String("yes"))
                q.required = true;
            else if (p.value == QLatin1String("no"))
                q.required = false;
            else
                error(p.valueAt, QStringLiteral("required must be yes or no, not \"%1\"").arg(p.value));
        }
        if (props.contains(QStringLiteral("shown when")))
            m_shownWhen.insert(q.id, props.value(QStringLiteral("shown when")));

        // Choices keep the order of the file, which is the order patients see.
        const bool hasChoices = q.type == Question::Type::Choice || q.type == Question::Type::MultiChoice;
        for (const Property &p : block.properties) {
            if (!p.key.startsWith(QLatin1String("choice ")))
                continue;
            const QString choiceId = p.key.mid(7).trimmed();
            const SourceLocation idAt{p.keyAt.file, p.keyAt.line, p.keyAt.column + 7};
            if (!hasChoices) {
                error(p.keyAt, QStringLiteral("question \"%1\" is of type %2 and cannot have choices")
                                   .arg(q.id, questionTypeName(q.type)));
                break;
            }
            if (!isValidId(choiceId)) {
                error(idAt, QStringLiteral("invalid choice id \"%1\": use lower-case letters, digits and _").arg(choiceId));
                continue;
            }
            if (q.hasChoice(choiceId)) {
                error(idAt, QStringLiteral("duplicate choice \"%1\" in question \"%2\"").arg(choiceId, q.id));
                continue;
            }
            if (p.value.isEmpty())
                error(p.valueAt, QStringLiteral("choice \"%1\" has no text").arg(choiceId));
            q.choices.append(Choice{choiceId, p.value, false});
        }
        if (hasChoices && q.choices.size() < 2)
            error(block.at, QStringLiteral("question \"%1\" needs at least two choices").arg(q.id));
        if (props.contains(QStringLiteral("exclusive"))) {
            const Property p = props.value(QStringLiteral("exclusive"));
            if (q.type != Question::Type::MultiChoice) {
                error(p.keyAt, QStringLiteral("only a multi-choice question can have an exclusive choice"));
            } else {
                for (const QString &choiceId : p.value.split(u',', Qt::SkipEmptyParts)) {
                    const QString trimmed = choiceId.trimmed();
                    bool found = false;
                    for (Choice &c : q.choices) {
                        if (c.id == trimmed) {
                            c.exclusive = found = true;
                        }
                    }
                    if (!found)
                        error(p.valueAt, QStringLiteral("exclusive names unknown choice \"%1\" (choices: %2)")
                                             .arg(trimmed, q.choiceIds().join(QStringLiteral(", "))));
                }
            }
        }
        return q;
    }

    void readRules(RuleSet &ruleSet)
    {
        static const QStringList keys{QStringLiteral("level"), QStringLiteral("when"), QStringLiteral("title"),
                                      QStringLiteral("reason"), QStringLiteral("section")};
        QHash<QString, const Question *> byId;
        for (const Question &q : std::as_const(ruleSet.questions))
            byId.insert(q.id, &q);
        QHash<QString, int> seen;
        for (const Block &block : std::as_const(m_blocks)) {
            if (block.kind != Block::RuleBlock || block.id.isEmpty())
                continue;
            if (seen.contains(block.id)) {
                error(block.at, QStringLiteral("duplicate rule id \"%1\", first defined at line %2")
                                    .arg(block.id).arg(seen.value(block.id)));
                continue;
            }
            seen.insert(block.id, block.at.line);
            const auto props = properties(block, keys);
            Rule rule;
            rule.id = block.id;
            rule.where = block.at;
            if (const auto level = required(props, QStringLiteral("level"), block)) {
                const auto outcome = outcomeFromName(level->value);
                if (!outcome || *outcome == Outcome::Clear)
                    error(level->valueAt, QStringLiteral("unknown level \"%1\" (expected review, avoid or decline)")
                                              .arg(level->value));
                else
                    rule.level = *outcome;
            }
            if (const auto when = required(props, QStringLiteral("when"), block))
                rule.when = parseCondition(*when, byId);
            rule.title = props.value(QStringLiteral("title")).value;
            if (const auto reason = required(props, QStringLiteral("reason"), block))
                rule.reason = reason->value;
            if (const auto section = required(props, QStringLiteral("section"), block))
                rule.section = section->value;
            ruleSet.rules.append(rule);
        }
        if (ruleSet.questions.isEmpty())
            error(at(1, 1), QStringLiteral("the rule set has no questions"));
    }

    // Orders questions so that visibility can be worked out in one pass, and
    // reports every cycle (a question whose visibility depends on itself).
    // A depth-first search with its own stack: a chain of 50,000 questions
    // each shown after the next is as deep as the file makes it.
    void orderVisibility(RuleSet &ruleSet)
    {
        enum State { Unvisited, Visiting, Done };
        const QList<Question> &questions = ruleSet.questions;
        QHash<QString, int> index;
        for (int i = 0; i < questions.size(); ++i)
            index.insert(questions.at(i).id, i);
        QList<State> state(questions.size(), Unvisited);
        QList<int> onPath(questions.size(), -1); // where on the path a Visiting question stands
        QSet<int> reported;
        struct Step { int question; int nextDependency; };
        std::vector<Step> path;
        const auto dependencies = [&](int i) -> const QStringList * {
            const auto &shown = questions.at(i).shownWhen;
            return shown ? &shown->questionIds() : nullptr;
        };
        for (int root = 0; root < questions.size(); ++root) {
            if (state.at(root) != Unvisited)
                continue;
            state[root] = Visiting;
            onPath[root] = 0;
            path.push_back({root, 0});
            while (!path.empty()) {
                Step &step = path.back();
                const QStringList *deps = dependencies(step.question);
                if (deps && step.nextDependency < deps->size()) {
                    const int dep = index.value(deps->at(step.nextDependency++));
                    if (state.at(dep) == Visiting)
                        reportCycle(ruleSet, path, onPath.at(dep), dep, &reported);
                    if (state.at(dep) != Unvisited)
                        continue;
                    state[dep] = Visiting;
                    onPath[dep] = int(path.size());
                    path.push_back({dep, 0});
                    continue;
                }
                state[step.question] = Done;
                ruleSet.visibilityOrder.append(step.question);
                path.pop_back();
            }
        }
    }

    template<typename Path>
    void reportCycle(const RuleSet &ruleSet, const Path &path, int from, int closing, QSet<int> *reported)
    {
        if (reported->contains(closing))
            return;
        QStringList names;
        const int length = int(path.size()) - from;
        for (int k = from; k < int(path.size()); ++k) {
            reported->insert(path.at(size_t(k)).question);
            if (names.size() < 8)
                names << ruleSet.questions.at(path.at(size_t(k)).question).id;
        }
        if (length > 8)
            names << QStringLiteral("... (%1 questions in all)").arg(length);
        names << ruleSet.questions.at(closing).id;
        error(m_shownWhen.value(ruleSet.questions.at(closing).id).valueAt,
              QStringLiteral("visibility cycle: %1").arg(names.join(QStringLiteral(" -> "))));
    }

    // A rule reads a question that can be hidden: while it is hidden the
    // question is unanswered, so the rule cannot fire on it. Often meant
    // (pregnancy for men), but worth a look when a rule is written.
    void warnHiddenQuestions(const RuleSet &ruleSet)
    {
        for (const Rule &rule : ruleSet.rules) {
            for (const QString &id : rule.when->questionIds()) {
                const Question *q = ruleSet.question(id);
                if (q && q->shownWhen)
                    m_warnings.append({rule.where, QStringLiteral("warning: rule \"%1\" reads %2, which is hidden "
                                                                  "unless %3; while hidden it is unanswered, so the "
                                                                  "rule cannot fire on it")
                                                       .arg(rule.id, id, q->shownWhen->text().left(60))});
            }
        }
    }

    QString m_fileName;
    QList<Block> m_blocks;
    QHash<QString, Property> m_shownWhen;
    Diagnostics m_errors;
    Diagnostics m_warnings;
};

} // namespace

RuleSetLoader::Result RuleSetLoader::loadFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        Result result;
        result.errors.append({{path, 0, 0}, QStringLiteral("cannot open the rule set: %1").arg(file.errorString())});
        return result;
    }
    return loadData(file.readAll(), path);
}

RuleSetLoader::Result RuleSetLoader::loadData(const QByteArray &data, const QString &fileName)
{
    return Loader(fileName).load(data);
}

QString RuleSetLoader::builtInPath()
{
    return QStringLiteral(":/rules/exosome-screening.rules");
}

QString RuleSetLoader::installedRulesDir()
{
    return QDir::cleanPath(QCoreApplication::applicationDirPath() + QStringLiteral("/../share/prescreen/rules"));
}
