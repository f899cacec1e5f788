// Right-to-left sample paragraphs shared by the shaping test and the end-to-end PDF test.
// No lam-alef ligature in them: poppler reverses the two letters such a glyph stands for (the
// PDF's text says them in order; see the README).
#pragma once

#include <string>

namespace voortgang::testing {

inline const std::string kArabic =
    "تعمل البلديات معا على تحسين رعاية الشباب في المنطقة بالتعاون مع المدارس ومقدمي الرعاية "
    "لضمان حصول كل طفل على الدعم المناسب في الوقت المناسب";
inline const std::string kHebrew =
    "הרשויות המקומיות עובדות יחד כדי לשפר את הטיפול בנוער באזור באמצעות שיתוף פעולה הדוק בין "
    "בתי הספר המשפחות ונותני השירות";

}  // namespace voortgang::testing
