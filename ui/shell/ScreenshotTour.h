#pragma once
#include <QString>

namespace rapport {

class AppContext;
class MainWindow;

// `rapport --screenshots DIR`: a 1280×800 PNG of every page, named after it
// (today.png, accounts.png, …), plus an account's record page
// (account-record.png). Headless; returns an empty string or the problem.
QString saveScreenshots(AppContext &context, MainWindow &window, const QString &dir);

} // namespace rapport
